/** Discord's message limits (API v10). The builders check some of these; we check all of them. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
} as const;

/** Questions longer than this are refused by Discord before they reach us. */
export const MAX_QUESTION_LENGTH = 500;
