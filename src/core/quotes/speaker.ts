/**
 * Who said it: the grammatical subject around a quote, and short mentions resolved to their full form.
 *
 * Korean marks the subject with particles: topic 은/는, subject 이/가, honorific 께서, additive 도. The noun
 * phrase before the particle is a person's name with titles and affiliations in any order
 * (`이재명 더불어민주당 대선 후보`, `가수 겸 배우 이승기`, `지도부 한 관계자`); it ends, going left, at a word
 * carrying a particle or a verb ending (`…을 마친`, `…에서`, `…책임자인`), an adverb or a date.
 * Hand-written: there is no Korean morphological analyser small enough to ship in an extension.
 */

export interface Subject {
  text: string;
  /** Marked with 은/는 (a topic persists over the following sentences). */
  topic: boolean;
  /** 그는, 그녀는, 이들은 …: the speaker named earlier. */
  pronoun: boolean;
}

const HANGUL_BASE = 0xac00;
const HANGUL_END = 0xd7a3;

/** Final consonant (jongseong) index of a Hangul syllable: 0 = none, -1 = not a Hangul syllable. */
function final(ch: string | undefined): number {
  if (!ch) return -1;
  const c = ch.charCodeAt(0);
  if (c < HANGUL_BASE || c > HANGUL_END) return -1;
  return (c - HANGUL_BASE) % 28;
}

const PRONOUNS = new Set(['그', '그녀', '이들', '그들', '그는', '본인', '자신', '두 사람', '둘']);

/** Words that open a sentence or clause and are never part of a speaker's name. */
const STOP_WORDS = new Set(
  (
    '이날 이에 특히 또 또한 이어 이어서 한편 다만 그러면서 그러나 하지만 그런데 실제 실제로 앞서 당시 최근 현재 ' +
    '오늘 어제 내일 전날 지난 지난달 지난해 올해 작년 이번 그러자 반면 따라서 결국 역시 이후 직후 곧장 곧바로 다시 ' +
    '또다시 아울러 덧붙여 계속 먼저 우선 이와 함께 그리고 그래서 즉 물론 오전 오후 새벽 밤 낮 현지시간 이때 ' +
    '그때 당일 같은 날 이후에도 또는 혹은 및 등 이 그 저 같은 해당 관련 대해 통해 위해 따라 대한 통한 위한'
  ).split(' '),
);
// `한`, `다른`, `전` (former) and `겸` (and also) sit inside speaker phrases: `지도부 한 관계자`, `김 전 총리`.
const PHRASE_GLUE = new Set(['한', '다른', '또 다른', '전', '겸', '前', '現', '현', '신임', '초대']);

/** `책임자인`, `싱크탱크인`: a copula, not a noun ending in 인 like 대변인 or 당선인. */
const IN_NOUNS =
  /(대변|당선|관계|변호|피고|외국|민간|방송|연예|경제|정치|언론|직장|대리|참고|청구|증|노|군|시|개|부|법|상|주|신|성|본|지|의|예술|체육|문화|미망|고|거래|소개|보증|중개|대|장)인$/;

/** Adnominal verb forms that end a speaker phrase going left (`…을 마친`, `…을 맡고 있는`). */
const ADNOMINAL =
  /(한|된|던|친|킨|낸|힌|운|할|될|른|린|졌|았|었|였|했|는|은|을|나선|앞선|맞선|들어선|탄|난|온|간|딴)$/;

function stripPunct(tok: string): string {
  return tok.replace(/^[([{<“"'‘]+/, '').replace(/[,.;:!?…”"'’)\]}>]+$/, '');
}

function isDate(tok: string): boolean {
  return (/^\d/.test(tok) && /(일|월|년|시|분|께|쯤|경)(\(|$)/.test(tok)) || /^\(?현지\s*시간\)?$/.test(tok);
}

/** Can this (clean) token be part of a speaker noun phrase left of the subject word? */
function nounish(raw: string): boolean {
  if (/[\uE000\uE001]/.test(raw)) return false;
  if (/[,.;:!?]$/.test(raw)) return false; // a clause or sentence ended there
  const tok = stripPunct(raw);
  if (!tok) return false;
  if (PHRASE_GLUE.has(tok)) return true;
  if (STOP_WORDS.has(tok) || isDate(tok)) return false;
  if (
    /[을를에의와며면서도만]$/.test(tok) &&
    !/(학과|사무소|연구소|회의소|재판소|의원|위원|대만)$/.test(tok)
  ) {
    // particles; a few nouns end in the same syllables
    if (!/(사무소|연구소|회의소|재판소|소)$/.test(tok)) return false;
  }
  if (/[은는이가]$/.test(tok)) return false; // a topic/subject of an earlier clause
  if (/인$/.test(tok) && tok.length >= 3 && !IN_NOUNS.test(tok)) return false;
  if (tok.length >= 2 && ADNOMINAL.test(tok) && !/(대변인|당선인|원|장|관|사|수|표|보|령)$/.test(tok)) {
    // `…을 마친`, but keep nouns like `대변인`; ADNOMINAL never ends in those anyway.
    return false;
  }
  if (tok === '한' || tok === '다른') return true;
  return /[\p{L}\p{N}]/u.test(tok);
}

const NEUN_VERB_STEMS = new Set(
  '하 되 있 없 다 라 려 겠 았 었 했 였 않 오 주 내 치 르 우 키 드 서 쓰 크 기 게 로 에 와 과 지 느 리는'.split(
    ' ',
  ),
);
const EUN_ADJECTIVES = new Set(
  (
    '작은 적은 남은 얻은 잃은 읽은 먹은 죽은 늙은 젊은 붉은 밝은 맑은 검은 좁은 굽은 묶은 많은 받은 맡은 같은 높은 ' +
    '좋은 낮은 깊은 넓은 짧은 늦은 찾은 믿은 닫은 놓은 낳은 넣은 담은 심은 숨은 감은 안은 신은 앉은 끊은 잡은 입은 ' +
    '뽑은 씹은 옳은 싫은 괜찮은 밝힌은'
  ).split(' '),
);
const I_ADVERBS = new Set(
  '같이 많이 없이 깊이 높이 굳이 일일이 이같이 곧이 길이 넓이 함께 꼼꼼이 깨끗이'.split(' '),
);
const GA_NOUNS =
  /(전문가|작가|평론가|국가|대가|평가|추가|증가|가가|물가|주가|유가|지가|원가|시가|단가|정가)$/;

/** If `raw` is a word carrying a subject/topic particle, its stem and whether it is a topic. */
export function subjectWord(raw: string): { stem: string; topic: boolean } | null {
  if (/[\uE000\uE001]/.test(raw)) return null;
  const tok = stripPunct(raw);
  if (tok.length < 2) return null;
  if (tok.endsWith('께서')) return { stem: tok.slice(0, -2), topic: false };
  const last = tok.slice(-1);
  const stem = tok.slice(0, -1);
  const before = stem.slice(-1);
  const fin = final(before);
  const latinOrDigit = /[A-Za-z0-9)）]$/.test(stem);
  if (last === '은') {
    if (EUN_ADJECTIVES.has(tok)) return null;
    if (fin <= 0 && !latinOrDigit) return null;
    if ([2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27].includes(fin)) return null;
    return { stem, topic: true };
  }
  if (last === '는') {
    if (fin > 0) return null;
    if (
      /(에서|에게|한테|으로|로서|로써|까지|부터|보다|라고|다고|려고|하고|고서|면서|에는|와는|과는)는$/.test(
        tok,
      )
    )
      return null;
    if (NEUN_VERB_STEMS.has(before) || (/리는$/.test(tok) && tok.length <= 3)) return null;
    if (before === '이' && stem.length === 1) return null;
    return { stem, topic: true };
  }
  if (last === '이') {
    if (I_ADVERBS.has(tok)) return null;
    if (fin <= 0 && !latinOrDigit) return null;
    return { stem, topic: false };
  }
  if (last === '가') {
    if (GA_NOUNS.test(tok)) return null;
    if (fin !== 0 && !latinOrDigit) return null;
    return { stem, topic: false };
  }
  if (last === '도') {
    if (fin === -1 && !latinOrDigit) return null;
    if (
      /(에도|라도|해도|고도|서도|지도|까지도|으로도|로도|에서도|정도|태도|속도|제도|의도|경기도|강원도|제주도|온도|각도|밀도|빈도|용도|지도|한도|적도|시도|권도)$/.test(
        tok,
      )
    )
      return null;
    return { stem, topic: false };
  }
  return null;
}

function tokens(segment: string): string[] {
  return segment.split(/\s+/).filter(Boolean);
}

/** The subject phrase ending at token index `i` (which carries the particle). */
function phraseEndingAt(toks: string[], i: number, stem: string, floor = 0): string {
  const parts = [stem];
  for (let k = i - 1; k >= floor && parts.length < 7; k--) {
    if (!nounish(toks[k])) break;
    parts.unshift(stripPunct(toks[k]));
  }
  // Leading glue words (`한`, `전`) only make sense inside the phrase: `한 관계자` keeps it, `전 김` does not.
  while (parts.length > 1 && (parts[0] === '겸' || parts[0] === '및')) parts.shift();
  return parts.join(' ').trim();
}

function makeSubject(text: string, topic: boolean): Subject {
  return { text, topic, pronoun: PRONOUNS.has(text) };
}

/** Clauses that make a subject belong to an embedded event, not to the quote (`X가 …한 데 대해 “…”`). */
const EMBEDDING =
  /(데\s*대해|것에\s*대해|데\s*대해서|묻자|물어보자|질문하자|질문에|요청에|지적에|지적하자|주장에|발언에|비판에|하자\s*$|되자\s*$|때\s*$)/;

/** The subject nearest before a quote in its sentence segment (masked text). */
export function subjectBefore(segment: string): Subject | null {
  const toks = tokens(segment);
  for (let i = toks.length - 1; i >= 0; i--) {
    const w = subjectWord(toks[i]);
    if (!w) continue;
    const stem = stripPunct(w.stem);
    if (!stem) continue;
    if (!w.topic) {
      const rest = toks.slice(i + 1).join(' ');
      if (EMBEDDING.test(rest)) continue;
    }
    const text = phraseEndingAt(toks, i, stem);
    if (!/[\p{L}]/u.test(text)) continue;
    return makeSubject(text, w.topic);
  }
  return null;
}

/** `“…”라고 김 장관은 말했다`: a subject right after the quote's attribution, close to the verb. */
export function subjectAfter(segment: string): Subject | null {
  const toks = tokens(segment);
  // toks[0] is the attribution glued to the quote (`\uE000라고`); the phrase starts right after it.
  for (let i = 1; i < toks.length && i <= 6; i++) {
    const w = subjectWord(toks[i]);
    if (!w) {
      if (!nounish(toks[i])) return null;
      continue;
    }
    if (toks.length - i - 1 > 3) return null;
    const text = phraseEndingAt(toks, i, stripPunct(w.stem), 1);
    return makeSubject(text, w.topic);
  }
  return null;
}

function isHangulName(tok: string): boolean {
  return /^[가-힣]{2,4}$/.test(tok);
}

/** Strip a trailing particle from a word found in running text (`대표를` → `대표`). */
function bare(tok: string): string {
  const t = stripPunct(tok);
  const m = /^(.+?)(은|는|이|가|을|를|의|에게|에서|와|과|도|께서|측은)$/.exec(t);
  if (m && m[1].length >= 1) {
    const w = subjectWord(t);
    if (w) return w.stem;
    if (/(을|를|의|에게|에서|와|과)$/.test(t)) return m[1];
  }
  return t;
}

/**
 * The full form of a speaker mention: itself when already full; for `왕 차장` / `모스카 교수` / `장근석`, the
 * first mention in the text that extends it (`왕윤종 국가안보실 3차장`, `파비오 모스카 교수`, `배우 장근석`).
 */
export function resolveSpeaker(raw: string, known: string[], allText: string): string {
  const mention = raw.replace(/\s+/g, ' ').trim();
  if (!mention) return mention;
  if (known.includes(mention)) return mention;
  const parts = mention.split(' ');
  const head = parts[0];
  const title = parts.length > 1 ? parts[parts.length - 1] : '';

  // 1. A speaker already named in full.
  for (const full of known) {
    if (full.startsWith(`${mention} `) || full.endsWith(` ${mention}`)) return full;
    const fp = full.split(' ');
    if (title && full.includes(title)) {
      if (head.length === 1 && /^[가-힣]$/.test(head) && isHangulName(fp[0]) && fp[0].startsWith(head)) {
        if (parts.slice(1, -1).every((m) => fp.includes(m))) return full;
      }
      if (head.length >= 2 && fp.includes(head)) return full;
    }
  }

  // 2. The first mention of the same person anywhere in the text.
  const toks = tokens(allText.replace(/[‘’]/g, ' '));
  const surnameOnly = head.length === 1 && /^[가-힣]$/.test(head) && parts.length >= 2;
  for (let i = 0; i < toks.length; i++) {
    const t = stripPunct(toks[i]);
    const name = bare(toks[i]);
    const hit = surnameOnly ? isHangulName(name) && name.startsWith(head) && name !== head : name === head;
    if (!hit || (surnameOnly && t !== name && t.length === name.length)) continue;
    if (parts.length === 1) {
      // A bare name: take the title words right before its first mention (`가수 겸 배우 이승기`).
      if (!isHangulName(head) && !/^[A-Za-z]/.test(head)) break;
      const pre: string[] = [];
      for (let k = i - 1; k >= 0 && pre.length < 3; k--) {
        if (!nounish(toks[k]) || /[\d]/.test(toks[k])) break;
        const w = stripPunct(toks[k]);
        if (
          !/^(가수|배우|감독|선수|작가|코치|모델|래퍼|방송인|개그맨|개그우먼|코미디언|아나운서|앵커|겸|MC|DJ|가수 겸)$/.test(
            w,
          )
        )
          break;
        pre.unshift(w);
      }
      while (pre[0] === '겸') pre.shift();
      return pre.length ? `${pre.join(' ')} ${head}` : head;
    }
    // Name followed within a few words by the title.
    const out = [name];
    let ok = false;
    if (t === name || bare(toks[i]) === t) {
      for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
        const w = bare(toks[k]);
        const clean = stripPunct(toks[k]);
        out.push(w);
        if (w.includes(title) || w.endsWith(title)) {
          ok = true;
          break;
        }
        if (clean !== w || !nounish(toks[k])) break; // a particle ended the phrase before the title
      }
    }
    if (!ok) continue;
    const middle = parts.slice(1, -1);
    if (!middle.every((m) => out.includes(m))) continue;
    if (!surnameOnly) {
      // Foreign names: given names before the surname (`J D 밴스`, `파비오 모스카`, `도널드 트럼프`).
      for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
        const w = stripPunct(toks[k]);
        if (!nounish(toks[k]) || PHRASE_GLUE.has(w) || /\d/.test(w)) break;
        if (!/^([A-Z][A-Za-z.]*|[가-힣]{2,5})$/.test(w)) break;
        out.unshift(w);
      }
    }
    return out.join(' ');
  }
  return mention;
}
