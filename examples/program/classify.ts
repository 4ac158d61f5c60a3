// A program that uses a compiled network, as one in another project would: it imports the class that
// `tempofuse compile --emit-ts` generated for examples/tiny_video_net.ts, loads a checkpoint and a clip
// (here written by `tempofuse init`; a real checkpoint with the same state_dict keys loads alike), runs the
// network on WebGPU and prints the best class. From the repository root:
//
//   npx tempofuse compile examples/tiny_video_net.ts --target wgsl --out examples/program/tiny_video_net --emit-ts
//   npx tempofuse init examples/program/tiny_video_net --seed 0 --out examples/program/params.safetensors
//   npx tempofuse init examples/program/tiny_video_net --inputs --seed 1 --out examples/program/clip.safetensors
//   npx tsc -p examples/program            # optional: the program type-checks against the generated class
//   node --import tsx examples/program/classify.ts examples/program/params.safetensors examples/program/clip.safetensors
import { TinyVideoNet } from './tiny_video_net/tiny_video_net.ts';

const [paramsFile, clipFile] = process.argv.slice(2);
const net = await TinyVideoNet.load(await TinyVideoNet.loadParams(paramsFile));
try {
  const { logits } = await net.run(await TinyVideoNet.loadInputs(clipFile)); // f32 [1, 10], typed so
  const scores = [...logits.data];
  const best = scores.indexOf(Math.max(...scores));
  console.log(`class ${best} of ${scores.length} (logit ${scores[best].toFixed(4)})`);
} finally {
  await net.destroy();
}
