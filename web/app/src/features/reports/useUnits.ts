/** The duration units of the current language. */
import { useTranslation } from 'react-i18next';

export function useUnits(): { d: string; h: string; min: string } {
  const { t } = useTranslation();
  return { d: t('reports.units.d'), h: t('reports.units.h'), min: t('reports.units.min') };
}
