// Runs dynalite for `ewr demo --keep-running` (DynaliteProcess.cs) and for the test fixture (tests/…/DynaliteServer.cs):
// in memory, on 127.0.0.1 only, on a port the OS picks
// (dynalite's cli.js turns --port 0 into its default 4567, so it cannot ask for a free port itself).
// Prints "dynalite-port=<port>" once it listens.
//
// It never outlives the process that started it, even when that process is killed: it exits when its stdin
// closes (the parent held the write end) or when its parent is no longer <parent pid> (the parent died and it was
// re-parented; checked at start too, since the parent may die before node has even started).
//
// Usage: node dynalite-host.js <path to node_modules/dynalite> [parent pid, default: the current parent]
'use strict'

const path = require('path')

const [dynaliteDir, parentArg] = process.argv.slice(2)
if (!dynaliteDir) {
  process.stderr.write('usage: node dynalite-host.js <path to node_modules/dynalite> [parent pid]\n')
  process.exit(2)
}

const parentPid = parentArg ? Number(parentArg) : process.ppid
const exit = () => process.exit(0)
const checkParent = () => {
  if (process.ppid !== parentPid) exit()
}
checkParent()
setInterval(checkParent, 1000).unref()

process.stdin.on('end', exit)
process.stdin.on('close', exit)
process.stdin.on('error', exit)
process.stdin.resume()

const dynalite = require(path.resolve(dynaliteDir))

// Tables are ACTIVE at once: the 500 ms CREATING state dynalite mimics by default would only slow tests.
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })

server.on('error', (err) => {
  process.stderr.write(`dynalite failed: ${err.stack || err}\n`)
  process.exit(1)
})

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`dynalite-port=${server.address().port}\n`)
})
