import { chineseFont } from './fonts.js';

export type PdfDocument = PDFKit.PDFDocument;

export type CreatePdfOptions = {
  /** Document information shown by viewers. */
  title: string;
  author?: string;
  size?: PDFKit.PDFDocumentOptions['size'];
  layout?: PDFKit.PDFDocumentOptions['layout'];
  margin?: number;
  /** Keep pages in memory so a footer can be drawn on each once the page count is known. */
  bufferPages?: boolean;
};

/**
 * A pdfkit document with the Chinese fonts registered as `sc` (regular) and `sc-bold`, `sc`
 * selected. pdfkit embeds only the glyphs used (a subset), so a page of
 * Chinese text stays around 50 KB. pdf-lib is not used: its subsetting breaks this CFF font
 * (docs/architecture.md, "Dependencies and why"). Draw on the document, then `renderPdf` it.
 */
export async function createPdfDocument(options: CreatePdfOptions): Promise<PdfDocument> {
  // Loaded on the first PDF (with fontkit, a good part of start-up and idle memory otherwise).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 56,
    info: {
      Title: options.title,
      Author: options.author ?? '中小企业公共服务示范平台认定管理系统',
      Producer: 'pdfkit',
    },
    // Fonts are embedded, so the file stands alone; compress streams to keep it small.
    compress: true,
    autoFirstPage: true,
    bufferPages: options.bufferPages ?? false,
  });
  // pdfkit's types ask for a path or bytes; it also takes a parsed fontkit font (see fonts.ts).
  doc.registerFont('sc', (await chineseFont('regular')) as Buffer);
  doc.registerFont('sc-bold', (await chineseFont('bold')) as Buffer);
  doc.font('sc');
  return doc;
}

/** Ends the document and collects its bytes. */
export function renderPdf(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Builds a PDF in one call: `buildPdf({ title }, (doc) => { doc.text('…') })`. */
export async function buildPdf(
  options: CreatePdfOptions,
  draw: (doc: PdfDocument) => void | Promise<void>,
): Promise<Buffer> {
  const doc = await createPdfDocument(options);
  await draw(doc);
  return renderPdf(doc);
}
