/** A bar chart (Chart.js through react-chartjs-2), loaded only with the referrals page; its figures are always also in a table. */
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/** Colours of the Suomi.fi palette, distinguishable also in greyscale order. */
const COLOURS = ['#2a6ebb', '#e97025', '#09a580', '#6c4ea1', '#c3142d', '#8f8f8f', '#1a3a5e', '#b8860b'];

export interface Series {
  label: string;
  values: number[];
}

interface Props {
  labels: string[];
  series: Series[];
  /** Accessible name of the chart image. */
  label: string;
  stacked?: boolean;
}

export default function BarChart({ labels, series, label, stacked = false }: Props) {
  return (
    <div className="chart-box">
      <Bar
        role="img"
        aria-label={label}
        data={{
          labels,
          datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i % COLOURS.length] })),
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { stacked }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { position: 'bottom' } },
        }}
      />
    </div>
  );
}
