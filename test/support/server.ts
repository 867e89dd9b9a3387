export { startTestServer, type TestServer } from '../../server/test/support/test-server.js';
