/** A quiet line when this known site's rule found nothing on the page (the generic clean-up did the work). */

import { t } from '../shared/i18n';
import type { CleanupState } from '../shared/messages';

export function RuleMisfit({ state }: { state: CleanupState | null }) {
  if (!state?.ruleMisfit) return null;
  return (
    <p class="quiet" data-testid="rule-misfit">
      {t('ruleMisfit')}
    </p>
  );
}
