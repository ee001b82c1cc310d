import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { fold } from './tokenize.js';

// Irregular English verb forms → base form. Porter stemming leaves these apart (held/hold, won/win).
const IRREGULAR =
  'arose:arise,arisen:arise,awoke:awake,was:be,were:be,been:be,is:be,are:be,am:be,bore:bear,borne:bear,beat:beat,beaten:beat,became:become,began:begin,begun:begin,bent:bend,bet:bet,bound:bind,bitten:bite,bled:bleed,blew:blow,blown:blow,broke:break,broken:break,bred:breed,brought:bring,built:build,burnt:burn,burst:burst,bought:buy,cast:cast,caught:catch,chose:choose,chosen:choose,clung:cling,came:come,cost:cost,crept:creep,cut:cut,dealt:deal,dug:dig,did:do,does:do,done:do,drew:draw,drawn:draw,dreamt:dream,drank:drink,drunk:drink,drove:drive,driven:drive,ate:eat,eaten:eat,fell:fall,fallen:fall,fed:feed,felt:feel,fought:fight,found:find,fled:flee,flew:fly,flown:fly,forbade:forbid,forgot:forget,forgotten:forget,forgave:forgive,forgiven:forgive,froze:freeze,frozen:freeze,got:get,gotten:get,gave:give,given:give,went:go,gone:go,goes:go,grew:grow,grown:grow,hung:hang,had:have,has:have,heard:hear,hid:hide,hidden:hide,hit:hit,held:hold,hurt:hurt,kept:keep,knelt:kneel,knew:know,known:know,laid:lay,led:lead,leapt:leap,left:leave,lent:lend,let:let,lay:lie,lain:lie,lit:light,lost:lose,made:make,meant:mean,met:meet,paid:pay,put:put,quit:quit,read:read,rode:ride,ridden:ride,rang:ring,rung:ring,rose:rise,risen:rise,ran:run,said:say,saw:see,seen:see,sought:seek,sold:sell,sent:send,set:set,shook:shake,shaken:shake,shed:shed,shone:shine,shot:shoot,showed:show,shown:show,shrank:shrink,shut:shut,sang:sing,sung:sing,sank:sink,sunk:sink,sat:sit,slept:sleep,slid:slide,spoke:speak,spoken:speak,sped:speed,spent:spend,spun:spin,spread:spread,sprang:spring,stood:stand,stole:steal,stolen:steal,stuck:stick,stung:sting,struck:strike,strove:strive,swore:swear,sworn:swear,swept:sweep,swam:swim,swum:swim,swung:swing,took:take,taken:take,taught:teach,tore:tear,torn:tear,told:tell,thought:think,threw:throw,thrown:throw,understood:understand,undertook:undertake,woke:wake,woken:wake,wore:wear,worn:wear,wove:weave,wept:weep,won:win,wound:wind,withdrew:withdraw,withdrawn:withdraw,freed:free,wrote:write,written:write,overtook:overtake,oversaw:oversee,overseen:oversee,upheld:uphold,withheld:withhold,foresaw:foresee,mistook:mistake,underwent:undergo,undergone:undergo,children:child,people:person,men:man,women:woman,lives:life';

const BASE = new Map(IRREGULAR.split(',').map((p) => p.split(':') as [string, string]));

/** The lemma table as text: part of the index cache key, so editing it invalidates old indexes. */
export const LEMMA_RULES = IRREGULAR;

/** Base form for irregular words; other words are left to the stemmer. */
export const lemma = (word: string): string => {
  const w = fold(word);
  return BASE.get(w) ?? w;
};

/** The index key of a word: Porter stem of its base form. "held" and "holding" share "hold". */
export const stem = (word: string): string => porter.stem(lemma(word));
