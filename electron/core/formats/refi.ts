// REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti and NVivo: the tag set as the
// codebook (hierarchy kept), each document a TextSource with its plain text in sources/, each
// annotation a PlainTextSelection (code-point positions) with its note as the description and
// one Coding. GUIDs are name-based, so re-exports are stable. Schema: QDA-XML 1.0 Project.xsd.

import type { Tag } from '../domain/types';
import { ExportIndex, type ExportData } from './export-data';
import { uuidV5 } from './ids';
import { strToU8, zipSync } from 'fflate';
import type { Format } from './format';

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

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
          const facts = [a.note, ix.verdict(a) ? `Verdict: ${ix.verdict(a)!.label}` : '', ix.speaker(a) ? `Speaker: ${ix.speaker(a)!.name}` : ''].filter(Boolean).join('\n');
          return `
      <PlainTextSelection guid="${a.id}" name="${esc(a.exact.slice(0, 60))}" startPosition="${a.start}" endPosition="${a.end}" creatingUser="${user}" creationDateTime="${a.created}" modifyingUser="${user}" modifiedDateTime="${a.modified}">${facts ? `
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

export const refiFormat: Format = {
  id: 'refi',
  label: 'REFI-QDA project (.qdpx)',
  offsets: 'Unicode code points over the plain-text sources',
  writer: {
    fileName: (base) => `${base}.qdpx`,
    mediaType: 'application/zip',
    write(data) {
      const project = toRefi(data);
      const files: Record<string, Uint8Array> = { 'project.qde': strToU8(project.projectXml) };
      for (const [name, content] of Object.entries(project.sources)) files[name] = strToU8(content);
      return zipSync(files);
    },
  },
};
