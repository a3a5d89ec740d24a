/**
 * Every user-visible string goes through here (keys in _locales/{ko,en}/messages.json; Korean is the
 * default locale). A missing key shows the key itself, which a test or a glance catches at once.
 */
import browser from './browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/**
 * The language of the messages actually in use ('ko' or 'en'; each locale file states its own), so dates
 * and labels agree even when the browser's language falls back to the default locale.
 */
export function uiLanguage(): string {
  try {
    return browser.i18n.getMessage('uiLang') === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}
