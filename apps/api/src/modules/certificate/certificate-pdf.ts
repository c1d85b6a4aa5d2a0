import { formatChineseDate, SERVICE_FUNCTION_NAMES, SERVICE_FUNCTIONS, type ServiceFunction } from '@sme/domain';
import type QRCodeModule from 'qrcode';
import { buildPdf, type PdfDocument } from '../../pdf/index.js';
import { stampWording, type CertificateStamp } from './certificate-pdf-stamp.js';

export type { CertificateStamp } from './certificate-pdf-stamp.js';

export type CertificateContent = {
  /** The association that accredits and signs (Arts. 2, 9): `associationSettings().name`. */
  issuer: string;
  certificateNumber: string;
  organisationName: string;
  creditCode: string;
  functions: readonly ServiceFunction[];
  awardedOn: string;
  validFrom: string;
  validUntil: string;
  /** Absolute URL of the public verification page for this number (printed as a QR code). */
  verifyUrl: string;
  /** Revoked, expired or revocation in progress: stamped on every page; null when clean. */
  stamp: CertificateStamp | null;
};

const GOLD = '#a67c2e';
const RED = '#b3261e';
const INK = '#1f1f1f';
const GREY = '#555555';

/** The measures under which the association accredits, by their full title (Art. 1 names the title so). */
export function measuresTitle(issuer: string): string {
  return `${issuer}中小企业公共服务示范平台认定管理办法`;
}

/**
 * The certificate of the title (Art. 9) as a one-page A4 landscape PDF. It names its issuer —
 * the association, under its own measures — so it cannot be taken for the national (MIIT) title:
 * the association's name heads it, the measures are cited by their full title, and the issuer
 * line carries a seal area and the issue date (发证日期). Then the organisation, the functions
 * that met Art. 6, the validity of Art. 11 with its own dates, the number and a QR code to the
 * public verification page. A title no longer clean is stamped (certificate-pdf-stamp.ts).
 */
export async function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  const { default: QRCode } = await import('qrcode'); // loaded on the first certificate, not at start-up
  const title = `${c.issuer}中小企业公共服务示范平台证书 ${c.certificateNumber}`;
  return buildPdf({ title, author: c.issuer, size: 'A4', layout: 'landscape', margin: 0, bufferPages: true }, (doc) => {
    const { width, height } = doc.page;
    frame(doc, width, height);
    const left = 110;
    const textWidth = width - 2 * left;

    // The heading reads as the association's title: 中国中小企业国际合作协会 / 中小企业公共服务示范平台 / 证书.
    doc
      .fillColor(RED)
      .font('sc-bold')
      .fontSize(fitFontSize(doc, c.issuer, textWidth, 20, 12))
      .text(c.issuer, left, 90, { width: textWidth, align: 'center', characterSpacing: 2 });
    doc
      .fillColor(RED)
      .font('sc-bold')
      .fontSize(32)
      .text('中小企业公共服务示范平台', 0, 120, { width, align: 'center', characterSpacing: 4 });
    doc.fillColor(INK).font('sc').fontSize(18).text('证    书', 0, 166, { width, align: 'center' });

    const basis = `依据《${measuresTitle(c.issuer)}》，经评审、公示，`;
    doc
      .font('sc')
      .fillColor(INK)
      .fontSize(fitFontSize(doc, basis, textWidth, 15, 9))
      .text(basis, left, 214, { width: textWidth });
    doc
      .font('sc-bold')
      .fontSize(fitFontSize(doc, c.organisationName, textWidth, 22, 12))
      .text(c.organisationName, left, 244, { width: textWidth, align: 'center' });
    const award = `被认定为${c.issuer}中小企业公共服务示范平台，特发此证。`;
    doc
      .font('sc')
      .fontSize(fitFontSize(doc, award, textWidth, 15, 9))
      .text(award, left, 286, { width: textWidth });

    const names = SERVICE_FUNCTIONS.filter((f) => c.functions.includes(f)).map((f) => SERVICE_FUNCTION_NAMES[f].zhCN);
    const rows: [string, string][] = [
      ['服务功能', names.join('、')],
      ['有效期', `${formatChineseDate(c.validFrom)}至${formatChineseDate(c.validUntil)}`],
      ['统一社会信用代码', c.creditCode],
      ['证书编号', c.certificateNumber],
    ];
    let y = 324;
    for (const [label, value] of rows) {
      doc.font('sc').fontSize(13).fillColor(GREY).text(`${label}：`, left, y, { width: 130 });
      doc
        .font('sc')
        .fontSize(13)
        .fillColor(INK)
        .text(value, left + 130, y, { width: textWidth - 130 });
      y += 24;
    }

    // Bottom left: the QR code to the public verification page.
    const qrSize = 84;
    const qrX = left;
    const qrY = height - 160;
    drawQrCode(doc, QRCode, c.verifyUrl, qrX, qrY, qrSize);
    doc
      .font('sc')
      .fontSize(9)
      .fillColor(GREY)
      .text('扫码核验证书', qrX - 20, qrY + qrSize + 4, { width: qrSize + 40, align: 'center' });

    // Bottom right: the issuer line with its seal area (the association's seal is applied there) and the issue date.
    const sealRadius = 44;
    const sealX = width - left - sealRadius + 10;
    const blockWidth = 330;
    const blockX = sealX - sealRadius - 12 - blockWidth;
    const issuerLine = `发证单位：${c.issuer}`;
    doc
      .font('sc')
      .fontSize(fitFontSize(doc, issuerLine, blockWidth, 13, 8))
      .fillColor(INK)
      .text(issuerLine, blockX, height - 138, { width: blockWidth, align: 'right' });
    doc
      .font('sc')
      .fontSize(13)
      .fillColor(INK)
      .text(`发证日期：${formatChineseDate(c.awardedOn)}`, blockX, height - 112, { width: blockWidth, align: 'right' });
    sealArea(doc, sealX, height - 122, sealRadius);

    const note = `本证书由${c.issuer}依据其认定管理办法颁发，可扫码或在证书核验页面输入证书编号核验。`;
    doc
      .font('sc')
      .fontSize(fitFontSize(doc, note, textWidth, 9, 6))
      .fillColor(GREY)
      .text(note, left, height - 62, { width: textWidth, align: 'center' });

    if (c.stamp) {
      const range = doc.bufferedPageRange();
      for (let page = range.start; page < range.start + range.count; page++) {
        doc.switchToPage(page);
        drawStamp(doc, c.stamp);
      }
    }
  });
}

/** The largest size from `max` down to `min` at which `text` fits on one line of `width`. */
function fitFontSize(doc: PdfDocument, text: string, width: number, max: number, min: number): number {
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}

function frame(doc: PdfDocument, width: number, height: number): void {
  doc.save();
  doc
    .lineWidth(6)
    .strokeColor(GOLD)
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc
    .lineWidth(1.2)
    .strokeColor(GOLD)
    .rect(42, 42, width - 84, height - 84)
    .stroke();
  doc.restore();
}

// A dashed circle where the association's seal goes, labelled so: the printed paper is sealed by
// hand; an unsealed print shows where the seal is missing.
function sealArea(doc: PdfDocument, cx: number, cy: number, r: number): void {
  doc.save();
  doc.lineWidth(1).dash(3, { space: 3 }).strokeColor(RED).strokeOpacity(0.6).circle(cx, cy, r).stroke();
  doc.undash();
  doc.restore();
  doc
    .font('sc')
    .fontSize(10)
    .fillColor(RED)
    .fillOpacity(0.7)
    .text('（盖章）', cx - r, cy - 6, { width: 2 * r, align: 'center' });
  doc.fillOpacity(1);
}

// A red banner along the top of the page and the mark across its middle; both carry the date,
// so a cropped or partly covered print still says what happened and when.
function drawStamp(doc: PdfDocument, stamp: CertificateStamp): void {
  const { width, height } = doc.page;
  const words = stampWording(stamp);
  doc.save();
  doc.rect(42, 48, width - 84, 30).fill(RED);
  doc.restore();
  doc
    .font('sc-bold')
    .fontSize(14)
    .fillColor('#ffffff')
    .text(words.banner, 42, 54, { width: width - 84, align: 'center', lineBreak: false });

  const cx = width / 2;
  const cy = height / 2 + 10;
  doc.save();
  doc.rotate(-24, { origin: [cx, cy] });
  const boxWidth = 520;
  doc
    .lineWidth(5)
    .strokeColor(RED)
    .strokeOpacity(0.55)
    .roundedRect(cx - boxWidth / 2, cy - 78, boxWidth, 156, 12)
    .stroke();
  doc
    .font('sc-bold')
    .fontSize(stamp.kind === 'REVOCATION_PENDING' ? 78 : 96)
    .fillColor(RED)
    .fillOpacity(0.55);
  doc.text(words.mark, cx - boxWidth / 2, cy - (stamp.kind === 'REVOCATION_PENDING' ? 62 : 72), {
    width: boxWidth,
    align: 'center',
    lineBreak: false,
  });
  doc
    .font('sc-bold')
    .fontSize(20)
    .text(words.dateLine, cx - boxWidth / 2, cy + 40, { width: boxWidth, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillOpacity(1).strokeOpacity(1);
}

// Drawn as vector squares rather than an embedded image: sharp at any zoom and cheap to make.
function drawQrCode(
  doc: PdfDocument,
  QRCode: typeof QRCodeModule,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col))
        doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill();
  doc.restore();
}
