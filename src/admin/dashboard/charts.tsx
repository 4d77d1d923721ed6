import React from 'react'

import type { StatTable } from '@/domain/statistics/table'

/**
 * Tiny SVG charts rendered on the server (no chart library, no client JavaScript). Each chart is a
 * figure with a text alternative and its data table, so nobody depends on seeing the picture.
 */

export interface Series {
  label: string
  /** one value per label; null where there is nothing to show (the line breaks there) */
  values: (number | null)[]
  /** a CSS colour, Payload's theme variables by default */
  color?: string
}

const SERIES_COLORS = [
  'var(--theme-success-500, #2f7d32)',
  'var(--theme-elevation-800, #333)',
  'var(--theme-warning-500, #b26a00)',
  'var(--theme-error-500, #c62828)',
]
const number = new Intl.NumberFormat('fr-FR')

/** A round upper bound for the axis (1, 2, 5 × 10^n). */
function niceMax(max: number): number {
  if (max <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(max))
  const step = [1, 2, 5, 10].find((candidate) => candidate * power >= max) ?? 10
  return step * power
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Runs of consecutive indexes holding a value. */
function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = []
  values.forEach((value, index) => {
    if (value === null) return
    const last = runs[runs.length - 1]
    if (last && last[last.length - 1] === index - 1) last.push(index)
    else runs.push([index])
  })
  return runs
}

/** Lines for volumes over time (one line per series, one point per x label). */
export function LineChart({ title, labels, series, id, wide }: { title: string; labels: string[]; series: Series[]; id?: string; wide?: boolean }) {
  const chartId = `chart-${id ?? slug(title)}`
  const width = wide ? 1100 : 640
  const height = 220
  const margin = { top: 12, right: 36, bottom: 32, left: 40 }
  const innerWidth = width - margin.left - margin.right
  const innerHeight = height - margin.top - margin.bottom
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))))
  const x = (index: number) => margin.left + (labels.length <= 1 ? innerWidth / 2 : (index * innerWidth) / (labels.length - 1))
  const y = (value: number) => margin.top + innerHeight - (value / max) * innerHeight
  const labelEvery = Math.max(1, Math.ceil(labels.length / (wide ? 12 : 7)))
  const ticks = [0, max / 2, max]
  const description = series
    .map((s) => `${s.label} : ${s.values.map((v, i) => `${labels[i]} ${v === null ? 'sans donnée' : number.format(v)}`).join(', ')}`)
    .join(' ; ')

  return (
    <div className="boussole-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${chartId}-title ${chartId}-desc`} className="boussole-chart__svg">
        <title id={`${chartId}-title`}>{title}</title>
        <desc id={`${chartId}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="boussole-chart__grid" />
            <text x={margin.left - 6} y={y(tick) + 4} textAnchor="end" className="boussole-chart__tick">
              {number.format(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, index) =>
          index % labelEvery === 0 || index === labels.length - 1 ? (
            <text key={label} x={x(index)} y={height - 10} textAnchor="middle" className="boussole-chart__tick">
              {label}
            </text>
          ) : null,
        )}
        {series.map((s, seriesIndex) => {
          const color = s.color ?? SERIES_COLORS[seriesIndex % SERIES_COLORS.length]
          return (
            <g key={s.label}>
              {segments(s.values).map((segment) => (
                <polyline
                  key={segment[0]}
                  fill="none"
                  stroke={color}
                  strokeWidth={2.5}
                  points={segment.map((i) => `${x(i)},${y(s.values[i] as number)}`).join(' ')}
                />
              ))}
              {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3} fill={color} />))}
            </g>
          )
        })}
      </svg>
      {series.length > 1 && (
        <ul className="boussole-chart__legend" aria-hidden="true">
          {series.map((s, index) => (
            <li key={s.label}>
              <span className="boussole-chart__swatch" style={{ background: s.color ?? SERIES_COLORS[index % SERIES_COLORS.length] }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Horizontal bars to compare categories (territories, themes, outcomes). */
export function BarChart({
  title,
  bars,
  id,
  color,
  wide,
}: {
  title: string
  bars: { label: string; value: number }[]
  id?: string
  color?: string
  wide?: boolean
}) {
  const chartId = `chart-${id ?? slug(title)}`
  const width = wide ? 1100 : 640
  const rowHeight = 26
  const labelWidth = wide ? 300 : 220
  const valueWidth = 48
  const height = Math.max(1, bars.length) * rowHeight + 8
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const barWidth = (value: number) => ((width - labelWidth - valueWidth) * value) / max
  const maxChars = wide ? 44 : 32
  const truncate = (text: string) => (text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text)

  return (
    <div className="boussole-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${chartId}-title ${chartId}-desc`} className="boussole-chart__svg">
        <title id={`${chartId}-title`}>{title}</title>
        <desc id={`${chartId}-desc`}>{bars.length ? bars.map((bar) => `${bar.label} : ${number.format(bar.value)}`).join(', ') : 'Aucune donnée'}</desc>
        {bars.length === 0 && (
          <text x={8} y={20} className="boussole-chart__tick">
            Aucune donnée sur la période
          </text>
        )}
        {bars.map((bar, index) => {
          const top = index * rowHeight + 4
          return (
            <g key={`${bar.label}-${index}`}>
              <text x={labelWidth - 8} y={top + rowHeight / 2 + 2} textAnchor="end" className="boussole-chart__label">
                {truncate(bar.label)}
              </text>
              <rect
                x={labelWidth}
                y={top + 3}
                width={Math.max(bar.value ? 2 : 0, barWidth(bar.value))}
                height={rowHeight - 8}
                rx={2}
                fill={color ?? SERIES_COLORS[0]}
              />
              <text x={labelWidth + barWidth(bar.value) + 6} y={top + rowHeight / 2 + 2} className="boussole-chart__value">
                {number.format(bar.value)}
              </text>
            </g>
          )
        })}
      </svg>
    </div>
  )
}

/**
 * A table of figures, with an admin link on the first cell when the row has one. Without its caption, `aria-labelledby`
 * names it after the heading shown above it.
 */
export function DataTable({ table, caption = true, 'aria-labelledby': labelledBy }: { table: StatTable; caption?: boolean; 'aria-labelledby'?: string }) {
  // A column is right-aligned when it holds figures (numbers, shares, « — »).
  const numeric = table.columns.map(
    (_, index) =>
      index > 0 &&
      table.rows.length > 0 &&
      table.rows.every((row) => row[index] === null || typeof row[index] === 'number' || /^(—|[\d,\s]+ %)$/.test(String(row[index]))),
  )
  return (
    <div className="boussole-table-wrapper">
      <table className="boussole-table" aria-labelledby={labelledBy}>
        {caption && <caption>{table.title}</caption>}
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column} scope="col" className={numeric[index] ? 'boussole-table__number' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length}>Rien à signaler.</td>
            </tr>
          )}
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => {
                const link = cellIndex === 0 ? table.links?.[rowIndex] : null
                const content = cell === null ? '—' : typeof cell === 'number' ? number.format(cell) : cell
                return cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {link ? <a href={link}>{content}</a> : content}
                  </th>
                ) : (
                  <td key={cellIndex} className={numeric[cellIndex] ? 'boussole-table__number' : undefined}>
                    {content}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A titled block: the chart (if any), its data table (folded when there is a chart) and the CSV export. */
export function StatSection({
  table,
  csvUrl,
  children,
  wide,
  tableOpen,
}: {
  table: StatTable
  csvUrl?: string
  children?: React.ReactNode
  wide?: boolean
  /** show the data table unfolded under the chart */
  tableOpen?: boolean
}) {
  const headingId = `section-${table.id}`
  return (
    <section className={`boussole-card${wide ? ' boussole-card--wide' : ''}`} aria-labelledby={headingId}>
      <div className="boussole-card__header">
        <h3 id={headingId}>{table.title}</h3>
        {csvUrl && (
          <a className="boussole-card__csv" href={csvUrl} download>
            CSV<span className="boussole-visually-hidden"> : {table.title}</span>
          </a>
        )}
      </div>
      {children}
      {children ? (
        <details className="boussole-card__data" open={tableOpen}>
          <summary>Voir les données</summary>
          <DataTable table={table} caption={false} aria-labelledby={headingId} />
        </details>
      ) : (
        <DataTable table={table} caption={false} aria-labelledby={headingId} />
      )}
    </section>
  )
}

/** A key figure (« 12 demandes hors délai »), red when it calls for action; a link looks like one (underlined label, contrasted border). */
export function KeyFigure({ value, label, tone, href }: { value: string | number; label: string; tone?: 'alert' | 'ok'; href?: string }) {
  const body = (
    <>
      <span className="boussole-figure__value">{typeof value === 'number' ? number.format(value) : value}</span>
      <span className="boussole-figure__label">{label}</span>
    </>
  )
  const className = `boussole-figure${tone ? ` boussole-figure--${tone}` : ''}`
  return href ? (
    <a className={className} href={href}>
      {body}
    </a>
  ) : (
    <div className={className}>{body}</div>
  )
}
