import { socketTransport } from './transport/socket-transport.ts';
import { startWidget } from './widget.tsx';
import './styles.css';

startWidget(document.getElementById('app') as HTMLElement, socketTransport());
