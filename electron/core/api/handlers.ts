// What each operation does for a request: the table the service binds to the open study.
// The session's own methods (which study is open, who is working) live in the service.

import * as annotations from './ops/annotations';
import { compareAnnotators } from './ops/compare';
import type { Ctx } from './ops/context';
import { exportAs } from './ops/export';
import * as facts from './ops/facts';
import * as importing from './ops/importing';
import * as library from './ops/library';
import * as merging from './ops/merging';
import * as suggestions from './ops/suggestions';
import { search } from './ops/search';
import * as tagset from './ops/tagset';
import type { Request, SessionMethod } from './requests';
import type { Method } from './methods';

export type OpMethod = Exclude<Method, SessionMethod>;

export const handlers = {
  listDocuments: (ctx) => ctx.study.documents.list(),
  importFile: (ctx, r) => importing.importFile(ctx, r),
  classifyFile: (_ctx, r) => importing.classifyFile(r.name, Buffer.from(r.dataBase64, 'base64')),
  useWholePage: (ctx, r) => importing.useWholePage(ctx, r),
  renameDocument: (ctx, r) => library.renameDocument(ctx, r),
  deleteDocument: (ctx, r) => library.deleteDocument(ctx, r),
  restoreDocument: (ctx, r) => library.restoreDocument(ctx, r),
  moveDocuments: (ctx, r) => library.moveDocuments(ctx, r),
  listCollections: (ctx) => ctx.study.collections.list(),
  createCollection: (ctx, r) => library.createCollection(ctx, r),
  renameCollection: (ctx, r) => library.renameCollection(ctx, r),
  deleteCollection: (ctx, r) => library.deleteCollection(ctx, r),
  setKeepOriginals: (ctx, r) => library.setKeepOriginals(ctx, r),
  getDocument: (ctx, r) => annotations.getDocument(ctx, r.id),
  createAnnotation: (ctx, r) => annotations.createAnnotation(ctx, r),
  updateAnnotation: (ctx, r) => annotations.updateAnnotation(ctx, r),
  deleteAnnotation: (ctx, r) => annotations.deleteAnnotation(ctx, r.id),
  restoreAnnotation: (ctx, r) => annotations.restoreAnnotation(ctx, r.annotation),
  deleteAnnotations: (ctx, r) => annotations.deleteAnnotations(ctx, r.ids),
  restoreAnnotations: (ctx, r) => annotations.restoreAnnotations(ctx, r.annotations),
  annotationHistory: (ctx, r) => ctx.study.provenance.history(r.id),
  exportAs: (ctx, r) => exportAs(ctx.study, r.format, r.documentIds, ctx.now()),
  createTag: (ctx, r) => tagset.createTag(ctx, r),
  updateTag: (ctx, r) => tagset.updateTag(ctx, r),
  deleteTag: (ctx, r) => tagset.deleteTag(ctx, r.id),
  mergeTags: (ctx, r) => tagset.mergeTags(ctx, r),
  exportTagSet: (ctx) => tagset.exportTagSet(ctx),
  importTagSet: (ctx, r) => tagset.importTagSet(ctx, r.content),
  saveVerdicts: (ctx, r) => tagset.saveVerdicts(ctx, r.verdicts),
  listPeople: (ctx) => ctx.study.people.list(),
  savePerson: (ctx, r) => tagset.savePerson(ctx, r),
  suggestFacts: (ctx, r) => facts.suggestFacts(ctx, r.id),
  searchPlaces: (ctx, r) => facts.searchPlaces(ctx, r),
  mapPoints: (ctx, r) => facts.mapPoints(ctx, r.documentId),
  search: (ctx, r) => search(ctx, r),
  suggestDocument: (ctx, r) => suggestions.suggestDocument(ctx, r),
  acceptSuggestions: (ctx, r) => suggestions.acceptSuggestions(ctx, r),
  placeConfidentLocations: (ctx) => suggestions.placeConfidentLocations(ctx),
  listContributors: (ctx) => ctx.study.provenance.contributors(),
  previewImport: (ctx, r) => merging.previewImport(ctx, r.name, Buffer.from(r.dataBase64, 'base64'), r),
  importAnnotations: (ctx, r) => merging.importAnnotations(ctx, r.name, Buffer.from(r.dataBase64, 'base64'), r),
  listOrphans: (ctx, r) => merging.listOrphans(ctx, r.documentId),
  placeOrphan: (ctx, r) => merging.placeOrphan(ctx, r),
  discardOrphan: (ctx, r) => merging.discardOrphan(ctx, r.id),
  listConflicts: (ctx) => merging.listConflicts(ctx),
  resolveConflict: (ctx, r) => merging.resolveConflict(ctx, r),
  compareAnnotators: (ctx, r) => compareAnnotators(ctx, r),
} satisfies { [M in OpMethod]: (ctx: Ctx, request: Request<M>) => unknown };
