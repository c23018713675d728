import { t, type Lang } from '../i18n';

/** The result line under a form: "已保存", or the error in words. */
export function Status({ status, lang }: { status: string | null; lang: Lang }) {
  if (!status) return null;
  const error = status.startsWith('error:');
  const text =
    status === 'ok'
      ? t(lang, 'common.saved')
      : error
        ? t(lang, 'common.error', { e: status.slice(6) })
        : status;
  return (
    <p class={error ? 'warn' : 'ok'} role={error ? 'alert' : 'status'} data-testid="status">
      {text}
    </p>
  );
}

/** A yes / no / unknown select: unknown stays unknown instead of becoming "no". */
export function TriSelect(props: {
  label: string;
  value: boolean | undefined;
  lang: Lang;
  testId: string;
  onChange: (v: boolean | undefined) => void;
}) {
  const { lang } = props;
  return (
    <label class="field">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value === undefined ? '' : String(props.value)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          props.onChange(v === '' ? undefined : v === 'true');
        }}
      >
        <option value="">{t(lang, 'common.unknown')}</option>
        <option value="true">{t(lang, 'common.yes')}</option>
        <option value="false">{t(lang, 'common.no')}</option>
      </select>
    </label>
  );
}

/** Parses a number input; empty or invalid is "unknown", never 0. */
export const numOrUndef = (s: string): number | undefined => {
  const n = Number(s);
  return s.trim() === '' || !Number.isFinite(n) ? undefined : n;
};
