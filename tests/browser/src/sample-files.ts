// Files the journeys upload in place of an applicant's scans.

/** The eight kinds of material of Art. 7, in the order the editor's materials step lists them. */
export const MATERIAL_KINDS = [
  'FUNCTION_CATEGORY_FORM',
  'APPLICATION_REPORT',
  'LEGAL_PERSON_CERTIFICATE',
  'AUDIT_REPORT',
  'PREMISES_PROOF',
  'SERVICE_EVIDENCE',
  'QUALIFICATIONS',
  'AUTHENTICITY_DECLARATION',
] as const;

/** A small, valid one-page PDF (header, objects, a correct xref table), different per `label`:
 * a stand-in for a scan that the server's type check and the inline preview both accept. */
export function pdf(label: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${label}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
