export { DUMP_FILE, dumpDatabase, restoreDatabase, type DatabaseSnapshot } from './database-dump';
export { openSqlSession, type SqlSession } from './sql-session';
export { listTables, referencedStorageKeys, tableChecksums, type TableChecksum } from './table-checksums';
