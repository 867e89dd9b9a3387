/** The print stylesheet of an official document: A4 with the margins of GB/T 9704, only the document on paper. */
export const PRINT_CSS = {
  '@page': { size: 'A4', margin: '37mm 26mm 35mm 28mm' },
  '@media print': {
    'header, .RaSidebar-root, .RaAppBar-root, .MuiDrawer-root, [data-print="hide"]': { display: 'none !important' },
    'body, #root, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': {
      margin: '0 !important',
      padding: '0 !important',
      background: 'white !important',
      minHeight: 'auto !important',
    },
    '.official-document': { boxShadow: 'none !important', margin: '0 !important', padding: '0 !important', width: 'auto !important' },
  },
};

export const FANGSONG = '"FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif';
export const TITLE_FONT = '"FZXiaoBiaoSong-B05S", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", serif';

/** The page of an official document on screen (A4 width, its margins, FangSong 16pt). */
export const DOCUMENT_SX = {
  width: '210mm',
  mx: 'auto',
  mb: 4,
  px: '26mm',
  py: '30mm',
  bgcolor: 'white',
  color: 'black',
  boxShadow: 3,
  fontFamily: FANGSONG,
  fontSize: '16pt',
  lineHeight: 1.75,
  boxSizing: 'border-box',
} as const;
