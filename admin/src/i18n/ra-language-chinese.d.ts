declare module 'ra-language-chinese' {
  const messages: import('react-admin').TranslationMessages;
  export default messages;
}
