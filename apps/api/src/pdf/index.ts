// PDF generation with Chinese text: certificates (Art. 9) and printable forms.
//   const pdf = await buildPdf({ title: '申报书' }, (doc) => { doc.fontSize(16).text('中文'); doc.font('sc-bold') … });
// Tests read a PDF's text with `extractPdfText` from './extract-text.js' (dev dependency).
export { buildPdf, createPdfDocument, renderPdf, type CreatePdfOptions, type PdfDocument } from './document.js';
export { CHINESE_FONTS, chineseFont } from './fonts.js';
