const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** A date as an official document writes it (GB/T 9704: 二〇二六年七月一日). */
export function officialDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const year = [...m[1]].map((d) => DIGITS[Number(d)]).join('');
  return `${year}年${smallNumber(Number(m[2]))}月${smallNumber(Number(m[3]))}日`;
}
