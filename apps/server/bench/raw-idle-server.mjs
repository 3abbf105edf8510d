// The idle-socket baseline: a bare Socket.IO server with the same two namespaces, nothing else.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer((_req, res) => res.writeHead(200).end('ok'));
const io = new Server(http, { serveClient: false });
io.of('/visitor').on('connection', () => {});
io.of('/agent').on('connection', () => {});
http.listen(Number(process.env.PORT), '127.0.0.1');
