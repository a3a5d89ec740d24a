/**
 * The popup's actions in one row: the reader (primary), Markdown copy, and a "더 보기" menu for the rest.
 * The menu is a plain list of items, so a new action is one more entry (never a second row of buttons).
 */
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

export interface MenuItem {
  testid: string;
  label: string;
  onSelect: () => void;
}

function Menu({ items }: { items: MenuItem[] }) {
  const pick = (e: Event, item: MenuItem) => {
    (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    item.onSelect();
  };
  return (
    <details class="menu" data-testid="actions-menu">
      <summary title={t('btnMore')} aria-label={t('btnMore')}>
        <span aria-hidden="true">⋯</span>
      </summary>
      <ul class="menu-list">
        {items.map((item) => (
          <li key={item.testid}>
            <button type="button" data-testid={item.testid} onClick={(e) => pick(e, item)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ActionBar({ children, menu }: { children: ComponentChildren; menu: MenuItem[] }) {
  return (
    <nav class="actions" aria-label={t('extShortName')}>
      {children}
      <Menu items={menu} />
    </nav>
  );
}
