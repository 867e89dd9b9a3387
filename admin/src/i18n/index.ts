import polyglotI18nProvider from 'ra-i18n-polyglot';
import { enMessages, zhMessages } from './messages';

export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? enMessages : zhMessages), 'zh-CN', LOCALES, {
  allowMissing: true,
});
