// What the first load reads, in Chinese (the default language); the pages' messages come with the
// first page opened, the English ones when the user switches (vite.config.ts `messagesAsData`).
import zhShell from 'virtual:ltci-messages/zh-CN';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { joined } from './split';

export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

let zh: TranslationMessages = zhShell;
let pages: Promise<void> | null = null;
let english: Promise<TranslationMessages> | null = null;
const loadEnglish = () => (english ??= import('virtual:ltci-messages/en').then((m) => m.default));

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? loadEnglish() : zh), 'zh-CN', LOCALES, {
  allowMissing: true,
});

/**
 * The pages' Chinese messages, fetched once, before the first page renders (lazyPage awaits it):
 * the provider is rebuilt with the whole tree in the current language.
 */
export function loadPageMessages(): Promise<void> {
  pages ??= import('virtual:ltci-messages/zh-CN-pages').then(async (m) => {
    zh = joined(zhShell, m.default) as TranslationMessages;
    await i18nProvider.changeLocale(i18nProvider.getLocale());
  });
  return pages;
}
