/**
 * Reading a .bpmn file from the owner's computer: the bytes are decoded in the encoding the XML
 * header names (ISO-8859-1, windows-1252, UTF-16 …; UTF-8 when none), so names with ä and ö arrive
 * intact whatever tool wrote the file. What the modeler saves and deploys is always UTF-8.
 */

/** The encoding an XML file declares (byte-order mark first, then the header), lower-cased. */
export function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1].toLowerCase() ?? 'utf-8';
}

/** The text of an XML file decoded as its header says; unknown encodings fall back to UTF-8. */
export async function readXmlFile(file: Blob): Promise<{ xml: string; encoding: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const encoding = declaredEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return { xml: decoder.decode(bytes), encoding };
}
