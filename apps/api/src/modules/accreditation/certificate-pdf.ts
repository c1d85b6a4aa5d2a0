import { formatChineseDate, SERVICE_FUNCTION_NAMES, SERVICE_FUNCTIONS, type ServiceFunction } from '@sme/domain';
import type QRCodeModule from 'qrcode';
import { buildPdf, type PdfDocument } from '../../pdf/index.js';

export type CertificateContent = {
  certificateNumber: string;
  organisationName: string;
  creditCode: string;
  functions: readonly ServiceFunction[];
  awardedOn: string;
  validFrom: string;
  validUntil: string;
  /** Absolute URL of the public verification page for this number (printed as a QR code). */
  verifyUrl: string;
};

const GOLD = '#a67c2e';
const RED = '#b3261e';
const INK = '#1f1f1f';

/**
 * The certificate of the title (Art. 9) as a one-page A4 landscape PDF: organisation, the
 * functions that met Art. 6, the validity of Art. 11 with its own dates, the number and a QR
 * code to the public verification page. Chinese text in the embedded Noto Sans Hans subset.
 */
export async function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  const { default: QRCode } = await import('qrcode'); // loaded on the first certificate, not at start-up
  return buildPdf({ title: `中小企业公共服务示范平台证书 ${c.certificateNumber}`, size: 'A4', layout: 'landscape', margin: 0 }, (doc) => {
    const { width, height } = doc.page;
    frame(doc, width, height);

    doc.fillColor(RED).font('sc-bold').fontSize(34).text('中小企业公共服务示范平台', 0, 96, { width, align: 'center', characterSpacing: 4 });
    doc.fillColor(INK).font('sc').fontSize(18).text('证    书', 0, 150, { width, align: 'center' });

    const left = 110;
    const textWidth = width - 2 * left;
    doc.font('sc').fontSize(15).fillColor(INK);
    doc.text('依据《中小企业公共服务示范平台认定管理办法》，经评审、公示，', left, 208, { width: textWidth });
    doc.font('sc-bold').fontSize(22).text(c.organisationName, left, 240, { width: textWidth, align: 'center' });
    doc.font('sc').fontSize(15).text('被认定为“中小企业公共服务示范平台”。', left, 284, { width: textWidth });

    const names = SERVICE_FUNCTIONS.filter((f) => c.functions.includes(f)).map((f) => SERVICE_FUNCTION_NAMES[f].zhCN);
    const rows: [string, string][] = [
      ['服务功能', names.join('、')],
      ['有效期', `${formatChineseDate(c.validFrom)}至${formatChineseDate(c.validUntil)}`],
      ['统一社会信用代码', c.creditCode],
      ['证书编号', c.certificateNumber],
    ];
    let y = 324;
    for (const [label, value] of rows) {
      doc.font('sc').fontSize(13).fillColor('#555555').text(`${label}：`, left, y, { width: 130 });
      doc.font('sc').fontSize(13).fillColor(INK).text(value, left + 130, y, { width: textWidth - 260 });
      y += 26;
    }

    doc.font('sc').fontSize(13).fillColor(INK).text(`发证日期：${formatChineseDate(c.awardedOn)}`, width - 360, height - 118, { width: 250, align: 'right' });

    const qrSize = 96;
    const qrX = width - left - qrSize + 20;
    const qrY = 318;
    drawQrCode(doc, QRCode, c.verifyUrl, qrX, qrY, qrSize);
    doc.font('sc').fontSize(9).fillColor('#555555').text('扫码核验证书', qrX - 20, qrY + qrSize + 6, { width: qrSize + 40, align: 'center' });
  });
}

function frame(doc: PdfDocument, width: number, height: number): void {
  doc.save();
  doc.lineWidth(6).strokeColor(GOLD).rect(28, 28, width - 56, height - 56).stroke();
  doc.lineWidth(1.2).strokeColor(GOLD).rect(42, 42, width - 84, height - 84).stroke();
  doc.restore();
}

// Drawn as vector squares rather than an embedded image: sharp at any zoom and cheap to make.
function drawQrCode(doc: PdfDocument, QRCode: typeof QRCodeModule, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill();
  doc.restore();
}
