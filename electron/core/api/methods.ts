// The API's method names, on their own so the Electron preload can build its bridge without
// bundling the schemas. contract.ts checks that its schemas cover exactly these names.

export const METHOD_NAMES = [
  'getSession',
  'openStudy',
  'createStudy',
  'listDocuments',
  'importFile',
  'getDocument',
  'setLastDocument',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'exportAs',
  'createTag',
  'updateTag',
  'deleteTag',
  'mergeTags',
  'exportTagSet',
  'importTagSet',
  'saveVerdicts',
  'listPeople',
  'savePerson',
  'suggestFacts',
  'searchPlaces',
  'mapPoints',
  'search',
  'setIdentity',
  'listContributors',
  'annotationHistory',
  'previewImport',
  'importAnnotations',
  'listOrphans',
  'placeOrphan',
  'discardOrphan',
  'listConflicts',
  'resolveConflict',
  'compareAnnotators',
] as const;

export type Method = (typeof METHOD_NAMES)[number];

/** Methods after which the host's menus (recent studies) may need refreshing. */
export const SESSION_CHANGING: ReadonlySet<Method> = new Set(['openStudy', 'createStudy']);
