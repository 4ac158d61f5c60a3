import { cases } from '../cases/sampling.ts';
import { opSuite } from '../helpers/op-suite.ts';

opSuite('sampling', cases);
