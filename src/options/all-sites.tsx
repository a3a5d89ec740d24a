/**
 * The options page's switch for the opt-in all-sites mode ("모든 한국어 뉴스 사이트"): what it does and the
 * permission it asks for, in plain words. Off by default.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { type Options, setAllSites } from '../shared/options';

export function AllSites({ opts }: { opts: Options }) {
  const [error, setError] = useState('');
  const toggle = (e: Event) => {
    const on = (e.currentTarget as HTMLInputElement).checked;
    setError('');
    // Straight from the click: the permission prompt needs the user's gesture.
    setAllSites(on).then((now) => {
      if (on && !now) setError(t('optPermissionDenied'));
    });
  };
  return (
    <div class="all-sites">
      <label class="row">
        <input
          type="checkbox"
          data-testid="opt-all-sites"
          checked={opts.allSites}
          disabled={!opts.autoClean}
          onChange={toggle}
        />
        {t('optAllSites')}
      </label>
      <p class="help">{t('optAllSitesHelp')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
