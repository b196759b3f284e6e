/** The next message a bench worker thread posts; its failure or exit meanwhile rejects, named by `label`. */
import type { Worker } from 'node:worker_threads'

export function nextReply<T>(w: Worker, label: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const off = (): void => {
      w.off('message', onMessage)
      w.off('error', onError)
      w.off('exit', onExit)
    }
    const onMessage = (m: T): void => {
      off()
      resolve(m)
    }
    const onError = (e: Error): void => {
      off()
      reject(new Error(`${label} failed: ${e.message}`))
    }
    const onExit = (code: number): void => {
      off()
      reject(new Error(`${label} exited with code ${code}`))
    }
    w.on('message', onMessage)
    w.on('error', onError)
    w.on('exit', onExit)
  })
}
