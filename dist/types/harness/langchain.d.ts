import { type Obj, type TrialRecorder } from './recorder.js';
/** LangChain callback handlers that record every model and tool call of a run into `recorder`. */
export declare function langchainCallbacks(recorder: TrialRecorder): Obj;
