/** The message trees of `src/i18n/messages.ts`, served as data (vite.config.ts `messagesAsData`). */
declare module 'virtual:ltci-messages/*' {
  import type { TranslationMessages } from 'react-admin';

  const messages: TranslationMessages;
  export default messages;
}
