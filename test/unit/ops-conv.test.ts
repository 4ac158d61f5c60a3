import { cases } from '../cases/conv.ts';
import { opSuite } from '../helpers/op-suite.ts';

opSuite('conv and pooling', cases);
