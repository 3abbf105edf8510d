import { visitorTransport } from './transport/visitor-transport.ts';
import { startWidget } from './widget.tsx';
import './styles.css';

startWidget(document.getElementById('app') as HTMLElement, visitorTransport());
