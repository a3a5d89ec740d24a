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

/** The UI language's primary subtag ('ko', 'en', …). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().split(/[-_]/)[0].toLowerCase();
  } catch {
    return 'ko';
  }
}
