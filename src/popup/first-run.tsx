/**
 * The popup's first-run card: offers the opt-in all-sites mode once. Shown until the reader answers
 * (turns it on, or 나중에); the answer is remembered in storage.local. Never shown while the mode is on.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { type Options, setAllSites } from '../shared/options';

const SEEN_KEY = 'firstRunSeen';

export function FirstRun({ options }: { options: Options | null }) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!options || options.allSites || !options.autoClean) return;
    browser.storage.local.get(SEEN_KEY).then((r) => setShow(r[SEEN_KEY] !== true));
  }, [options]);
  if (!show) return null;
  const done = () => {
    setShow(false);
    void browser.storage.local.set({ [SEEN_KEY]: true });
  };
  // Straight from the click: the permission prompt needs the user's gesture.
  const turnOn = () => void setAllSites(true).then((on) => on && done());
  return (
    <section class="first-run" data-testid="first-run">
      <h2>{t('firstRunTitle')}</h2>
      <p>{t('firstRunText')}</p>
      <div class="first-run-actions">
        <button type="button" class="primary" data-testid="first-run-on" onClick={turnOn}>
          {t('firstRunOn')}
        </button>
        <button type="button" data-testid="first-run-later" onClick={done}>
          {t('firstRunLater')}
        </button>
      </div>
    </section>
  );
}
