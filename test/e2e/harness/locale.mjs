// The browser UI language the e2e tests run under: Korean by default (what our readers use), English with
// MALGEUN_E2E_LOCALE=en or a launch option { locale: 'en' } (one test file checks the English UI).

const LOCALES = {
  ko: { tag: 'ko-KR', language: 'ko', firefox: 'ko', accept: 'ko-KR, ko' },
  en: { tag: 'en-US', language: 'en_US:en', firefox: 'en-US', accept: 'en-US, en' },
};

export function uiLocale(asked) {
  const name = asked ?? process.env.MALGEUN_E2E_LOCALE ?? 'ko';
  const found = LOCALES[name];
  if (!found) throw new Error(`unknown e2e locale ${name} (ko or en)`);
  return { name, ...found };
}
