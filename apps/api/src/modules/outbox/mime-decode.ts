// Reads back the .eml copies the mailer writes (nodemailer builds them: Chinese subjects as MIME
// encoded-words, bodies in base64 or quoted-printable). The workspace has nodemailer, which only
// encodes; a parser such as mailparser would be a new dependency for what is, for these messages
// (one text/plain part, or a multipart with one), a few lines over Buffer and TextDecoder.

export type DecodedMessage = { from: string; to: string; subject: string; date: string | null; body: string };

function decodeBytes(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase() || 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function quotedPrintableBytes(text: string, underscoreIsSpace: boolean): Buffer {
  const source = (underscoreIsSpace ? text.replace(/_/g, ' ') : text).replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i += 1) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(source[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** RFC 2047: "=?UTF-8?B?…?=" and "=?UTF-8?Q?…?=" words; whitespace between two encoded words is dropped. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) =>
      decodeBytes(
        encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintableBytes(text, true),
        charset.replace(/\*.*$/, ''),
      ),
    );
}

type Part = { headers: Map<string, string>; body: string };

function splitPart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end === -1 ? text : text.slice(0, end);
  const headers = new Map<string, string>();
  // unfold continuation lines, then one header a line
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end === -1 ? '' : text.slice(end + 2) };
}

const parameter = (header: string | undefined, name: string) =>
  new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header ?? '')?.[1] ?? null;

function partText(part: Part): string {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(type, 'boundary');
  if (/^multipart\//i.test(type) && boundary) {
    const parts = part.body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .map((p) => splitPart(p.replace(/^\n/, '')));
    const plain = parts.find((p) => /^text\/plain/i.test(p.headers.get('content-type') ?? 'text/plain'));
    return plain ? partText(plain) : parts[0] ? partText(parts[0]) : '';
  }
  const charset = parameter(type, 'charset') ?? 'utf-8';
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return decodeBytes(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') return decodeBytes(quotedPrintableBytes(part.body, false), charset);
  return part.body;
}

/** A whole .eml message: its headers decoded and the text of its body. */
export function decodeMessage(eml: string): DecodedMessage {
  const message = splitPart(eml);
  const header = (name: string) => decodeEncodedWords(message.headers.get(name) ?? '');
  return {
    from: header('from'),
    to: header('to'),
    subject: header('subject'),
    date: message.headers.get('date') ?? null,
    body: partText(message).replace(/\n$/, ''),
  };
}
