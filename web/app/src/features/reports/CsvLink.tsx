/** A CSV download of a table's rows in the user's language, made in the browser from data already shown (a blob URL, no inline script). */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, type CsvCell } from './format';

interface Props {
  fileName: string;
  header: string[];
  rows: CsvCell[][];
}

export function CsvLink({ fileName, header, rows }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fi';
  const href = useMemo(
    () => URL.createObjectURL(new Blob(['\ufeff', toCsv(header, rows, language)], { type: 'text/csv;charset=utf-8' })),
    [header, rows, language],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <a className="csv-link" href={href} download={fileName}>
      {t('reports.csv', { name: fileName })}
    </a>
  );
}
