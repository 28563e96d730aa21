// The archive package codec (issue 11): files in, one zip with index and manifest out; and back.
export { INDEX_NAME, MANIFEST_NAME, type ArchiveFile } from './archive-file';
export { sha256Hex, writeArchiveZip, type ArchiveManifest, type ArchiveZip } from './archive-zip';
export { compareWithManifest, verifyArchiveZip, type ArchiveCheck } from './verify-archive-zip';
export { writeTableXlsx, type TableColumn } from './table-xlsx';
