// REFI-QDA project (.qdpx) export for QualCoder, MAXQDA, ATLAS.ti and NVivo: the tag set as
// the codebook (hierarchy and colours kept), each document a TextSource with its plain text in
// sources/ (its web address as the description), each annotation a PlainTextSelection
// (code-point positions, end exclusive; its id as the GUID; the start of its text as the
// name) with its note and facts as the description (fact-lines.ts) and one Coding. Other
// GUIDs are name-based, so re-exports are stable. Schema: QDA-XML 1.0 Project.xsd.

import type { Tag } from '../../domain/types';
import { ExportIndex, type ExportData } from '../export-data';
import { factLines } from '../fact-lines';
import { uuidV5 } from '../ids';

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
/** An attribute value whose line breaks and tabs survive (XML normalises them to spaces). */
const escAttr = (s: string) => esc(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface RefiProject {
  projectXml: string;
  /** path inside the archive → content */
  sources: Record<string, string>;
}

export function toRefi(data: ExportData): RefiProject {
  const ix = new ExportIndex(data);
  const tagGuid = (id: string) => uuidV5(`${data.study.id}/tag/${id}`);
  const userGuid = (name: string) => uuidV5(`user/${name}`);
  const users = [...new Set(data.documents.flatMap((d) => d.annotations.map((a) => a.author)))].sort();

  const code = (t: Tag, depth: number): string => {
    const pad = '  '.repeat(depth + 3);
    const children = data.tags.filter((c) => c.parentId === t.id).map((c) => code(c, depth + 1)).join('');
    const desc = t.description ? `\n${pad}  <Description>${esc(t.description)}</Description>` : '';
    return `\n${pad}<Code guid="${tagGuid(t.id)}" name="${esc(t.name)}" isCodable="true" color="${t.color}">${desc}${children}${desc || children ? `\n${pad}` : ''}</Code>`;
  };
  const codes = data.tags.filter((t) => !t.parentId || !ix.tags.has(t.parentId)).map((t) => code(t, 0)).join('');

  const sources: Record<string, string> = {};
  const textSources = data.documents
    .map(({ summary, text, annotations }) => {
      const guid = uuidV5(`document/${summary.id}`);
      sources[`sources/${guid}.txt`] = text;
      const selections = annotations
        .map((a) => {
          const user = userGuid(a.author);
          const facts = factLines(a, ix, { verdict: true, geonames: true }).join('\n');
          return `
      <PlainTextSelection guid="${a.id}" name="${escAttr(Array.from(a.exact).slice(0, 60).join(''))}" startPosition="${a.start}" endPosition="${a.end}" creatingUser="${user}" creationDateTime="${a.created}" modifyingUser="${user}" modifiedDateTime="${a.modified}">${facts ? `
        <Description>${esc(facts)}</Description>` : ''}
        <Coding guid="${uuidV5(`coding/${a.id}`)}" creatingUser="${user}" creationDateTime="${a.modified}">
          <CodeRef targetGUID="${tagGuid(a.tag)}"/>
        </Coding>
      </PlainTextSelection>`;
        })
        .join('');
      return `
    <TextSource guid="${guid}" name="${esc(summary.title)}" plainTextPath="internal://${guid}.txt" creationDateTime="${summary.importedAt}">${summary.sourceUrl ? `
      <Description>${esc(summary.sourceUrl)}</Description>` : ''}${selections}
    </TextSource>`;
    })
    .join('');

  const projectXml = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="${esc(data.study.name)}" origin="${esc(`${data.generator.name} ${data.generator.version}`)}" creationDateTime="${data.generated}">${users.length ? `
  <Users>${users.map((u) => `
    <User guid="${userGuid(u)}" name="${esc(u)}"/>`).join('')}
  </Users>` : ''}
  <CodeBook>
    <Codes>${codes}
    </Codes>
  </CodeBook>${textSources ? `
  <Sources>${textSources}
  </Sources>` : ''}
</Project>
`;
  return { projectXml, sources };
}

