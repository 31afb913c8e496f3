/**
 * One request on one store of the extension's database, from one of its pages: the database is opened
 * without a version, so Dexie's schema stays as it is. `method` is `count` or `getAll`.
 */
export function readStore(page, store, method) {
  return page.evaluate(
    ([store, method]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store)[method]();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [store, method],
  );
}
