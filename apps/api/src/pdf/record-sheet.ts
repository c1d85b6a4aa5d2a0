import type { PdfDocument } from './document.js';

// A plain sheet for the record documents of Arts. 12–14 (the annual service report, a platform's
// dossier): a title, sections, label–value rows and many-column tables, page breaks kept clean.
const INK = '#1f1f1f';
const GREY = '#595959';
const LINE = '#8c8c8c';

export class RecordSheet {
  private readonly left: number;
  private readonly width: number;
  constructor(private readonly doc: PdfDocument) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  private room(height: number): number {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.doc.addPage();
    return this.doc.y;
  }

  title(text: string, subtitle?: string): void {
    this.doc.font('sc-bold').fontSize(18).fillColor(INK).text(text, this.left, this.doc.y, {
      width: this.width,
      align: 'center',
    });
    if (subtitle) {
      this.doc.moveDown(0.3);
      this.doc.font('sc').fontSize(10.5).fillColor(GREY).text(subtitle, { width: this.width, align: 'center' });
    }
    this.doc.moveDown(0.6);
  }

  section(text: string): void {
    this.doc.moveDown(0.6);
    const y = this.room(40);
    this.doc.font('sc-bold').fontSize(12.5).fillColor(INK).text(text, this.left, y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  paragraph(text: string): void {
    this.doc.font('sc').fontSize(10.5);
    const height = this.doc.heightOfString(text, { width: this.width });
    this.room(Math.min(height, 60));
    this.doc.fillColor(INK).text(text, this.left, this.doc.y, { width: this.width, lineGap: 2 });
  }

  note(text: string): void {
    this.doc.font('sc').fontSize(9).fillColor(GREY).text(text, this.left, this.doc.y, { width: this.width });
  }

  /** Label–value rows, the label a third of the width. */
  rows(rows: readonly [string, string][]): void {
    const labelWidth = Math.round(this.width / 3);
    this.table(
      rows.map(([label, value]) => [label, value]),
      [labelWidth, this.width - labelWidth],
      { header: null, greyFirst: true },
    );
  }

  /** A table: the first row is the header unless `header` is null; widths in points (they fill the width). */
  table(
    rows: readonly (readonly string[])[],
    widths: readonly number[],
    options: { header?: readonly string[] | null; greyFirst?: boolean } = {},
  ): void {
    const pad = 4;
    const draw = (cells: readonly string[], bold: boolean) => {
      this.doc.font(bold ? 'sc-bold' : 'sc').fontSize(9.5);
      const height =
        Math.max(...cells.map((c, i) => this.doc.heightOfString(c || ' ', { width: (widths[i] ?? 60) - 2 * pad }))) +
        2 * pad;
      const y = this.room(height);
      let x = this.left;
      this.doc.lineWidth(0.6).strokeColor(LINE);
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 60;
        if (bold) this.doc.rect(x, y, w, height).fillAndStroke('#f0f0f0', LINE);
        else this.doc.rect(x, y, w, height).stroke();
        this.doc
          .fillColor(options.greyFirst && i === 0 ? GREY : INK)
          .text(cell, x + pad, y + pad, { width: w - 2 * pad });
        x += w;
      });
      this.doc.y = y + height;
    };
    if (options.header) draw(options.header, true);
    for (const row of rows) draw(row, false);
    this.doc.x = this.left;
  }

  /** Column widths in proportion to `parts`, filling the width. */
  widths(...parts: number[]): number[] {
    const total = parts.reduce((a, b) => a + b, 0);
    return parts.map((p) => (this.width * p) / total);
  }
}

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
