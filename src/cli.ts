console.log('malgeun cli: not yet');
