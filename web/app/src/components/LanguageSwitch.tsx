/** Suomeksi / In English: the remembered language choice. */
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../lib/i18n';

const LANGUAGES: { code: Language; label: string }[] = [
  { code: 'fi', label: 'Suomeksi' },
  { code: 'en', label: 'In English' },
];

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map(({ code, label }) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="link-button"
          aria-pressed={i18n.language === code}
          onClick={() => setLanguage(code)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
