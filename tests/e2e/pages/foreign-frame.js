// An ad from another origin: the test server answers on 127.0.0.1 and on localhost, two origins to the browser.
const frame = document.createElement('iframe');
frame.id = 'ad';
frame.width = '600';
frame.height = '120';
frame.src = `http://localhost:${location.port}/overlay-foreign-ad.html`;
document.getElementById('ad-slot').append(frame);
