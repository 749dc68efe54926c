// User Timing marks the map leaves in the page, so a production build can be measured from
// outside (npm run bench:client reads them through the browser).
export const FIRST_FRAME_MARK = 'hub:map-first-frame';
