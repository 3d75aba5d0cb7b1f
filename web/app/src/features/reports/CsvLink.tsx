/** A CSV download of a table's rows, made in the browser from data already shown (a blob URL, no inline script). */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from './format';

interface Props {
  fileName: string;
  header: string[];
  rows: (string | number | null)[][];
}

export function CsvLink({ fileName, header, rows }: Props) {
  const { t } = useTranslation();
  const href = useMemo(
    () => URL.createObjectURL(new Blob(['\ufeff', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' })),
    [header, rows],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <a className="csv-link" href={href} download={fileName}>
      {t('reports.csv', { name: fileName })}
    </a>
  );
}
