// Downloads a title's certificate (GET /api/certificates/{number}.pdf) with the
// session cookie and hands it to the browser as a file; a refusal becomes an error with the
// HTTP status, so the page can say "sign in" (401) or "not yours / unknown" (404).

export class CertificateDownloadError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'CertificateDownloadError';
  }
}

export const certificatePdfUrl = (certificateNumber: string): string =>
  `/api/certificates/${encodeURIComponent(certificateNumber)}.pdf`;

/** Fetches the certificate PDF and saves it as `<number>.pdf`. */
export async function downloadCertificate(certificateNumber: string): Promise<void> {
  const response = await fetch(certificatePdfUrl(certificateNumber), { credentials: 'include' });
  if (!response.ok) throw new CertificateDownloadError(response.status);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = `${certificateNumber}.pdf`;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before the object URL goes
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
